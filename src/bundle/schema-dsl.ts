/**
 * A deliberately tiny schema language. One schema value (see `content-bundle-schema.ts`)
 * is the single source for three things: the TypeScript type (`Infer`), the runtime
 * validator (`validate-bundle.ts`) and the published JSON Schema (`to-json-schema.ts`).
 * A general-purpose library would cost more bytes than the whole widget's budget allows.
 */

interface Described {
  readonly description?: string;
  /** As an object property: may be left out. */
  readonly optional?: boolean;
}

export interface StringSchema extends Described {
  readonly kind: 'string';
  readonly minLength?: number;
  readonly maxLength: number;
  readonly pattern?: string;
  /** Human-readable name of `pattern`, used in error messages. */
  readonly patternName?: string;
  /** A rule the pattern cannot express, checked by the validator and named in the JSON Schema. */
  readonly format?: 'language-tag' | 'date';
}

export interface EnumSchema<V extends string = string> extends Described {
  readonly kind: 'enum';
  readonly values: readonly V[];
}

export interface IntegerSchema extends Described {
  readonly kind: 'integer';
  readonly minimum: number;
  readonly maximum: number;
}

export interface BooleanSchema extends Described {
  readonly kind: 'boolean';
}

export interface ArraySchema<I extends Schema = Schema> extends Described {
  readonly kind: 'array';
  readonly items: I;
  readonly minItems?: number;
  readonly maxItems: number;
  /** Property of each item whose value must be unique within the array. */
  readonly uniqueKey?: string;
}

export interface ObjectSchema<P extends Readonly<Record<string, Schema>> = Readonly<Record<string, Schema>>>
  extends Described {
  readonly kind: 'object';
  readonly properties: P;
}

export interface UnionSchema<M extends readonly Schema[] = readonly Schema[]> extends Described {
  readonly kind: 'union';
  readonly members: M;
}

// `any`: a schema nests schemas of every shape, which `unknown` would not accept as elements.
/* eslint-disable @typescript-eslint/no-explicit-any */
export type Schema =
  | StringSchema
  | EnumSchema
  | BooleanSchema
  | IntegerSchema
  | ArraySchema<any>
  | ObjectSchema<any>
  | UnionSchema<any>;
/* eslint-enable @typescript-eslint/no-explicit-any */

/** The TypeScript type of data that passes a schema. */
export type Infer<S> = S extends {kind: 'string'}
  ? string
  : S extends {kind: 'enum'; values: readonly (infer V)[]}
    ? V
    : S extends {kind: 'boolean'}
      ? boolean
      : S extends {kind: 'integer'}
        ? number
      : S extends {kind: 'array'; items: infer I}
        ? readonly Infer<I>[]
        : S extends {kind: 'object'; properties: infer P}
          ? InferObject<P>
          : S extends {kind: 'union'; members: readonly (infer M)[]}
            ? Infer<M>
            : never;

type InferObject<P> = {
  readonly [K in keyof P as P[K] extends {optional: true} ? never : K]: Infer<P[K]>;
} & {
  readonly [K in keyof P as P[K] extends {optional: true} ? K : never]?: Infer<P[K]>;
};

/**
 * Schema values are frozen and have no prototype: whatever a host page adds to
 * `Object.prototype` (`optional`, `pattern`, …) can never change what the validator accepts.
 */
const sealed = <T extends object>(value: T): T => Object.freeze(Object.assign(Object.create(null), value));

export const string = (
  maxLength: number,
  options: Omit<StringSchema, 'kind' | 'maxLength'> = {}
): StringSchema => sealed({kind: 'string', maxLength, minLength: 1, ...options});

export const oneOf = <const V extends string>(
  values: readonly V[],
  description?: string
): EnumSchema<V> => sealed({kind: 'enum', values, description});

export const boolean = (description?: string): BooleanSchema => sealed({kind: 'boolean', description});

/** A whole number from `minimum` to `maximum`. */
export const integer = (minimum: number, maximum: number, description?: string): IntegerSchema =>
  sealed({kind: 'integer', minimum, maximum, description});

export const array = <I extends Schema>(
  items: I,
  maxItems: number,
  options: Omit<ArraySchema<I>, 'kind' | 'items' | 'maxItems'> = {}
): ArraySchema<I> => sealed({kind: 'array', items, maxItems, minItems: 1, ...options});

export const object = <const P extends Readonly<Record<string, Schema>>>(
  properties: P,
  description?: string
): ObjectSchema<P> => sealed({kind: 'object', properties: sealed(properties), description});

/** Marks an object property as one that may be left out. */
export const optional = <S extends Schema>(schema: S): S & {readonly optional: true} => sealed({...schema, optional: true});

export const union = <const M extends readonly Schema[]>(
  members: M,
  description?: string
): UnionSchema<M> => sealed({kind: 'union', members, description});
