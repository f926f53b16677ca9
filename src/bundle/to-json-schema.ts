import type {Schema} from './schema-dsl.js';
import {VISIBLE_CHARACTER} from './validate-bundle.js';

type JsonSchema = Record<string, unknown>;

/** The published JSON Schema (draft 2020-12) for a schema value; used by `npm run schema`. */
export function toJsonSchema(schema: Schema): JsonSchema {
  const description = schema.description ? {description: schema.description} : {};
  switch (schema.kind) {
    case 'string':
      return {
        type: 'string',
        ...description,
        ...(schema.minLength ? {minLength: schema.minLength} : {}),
        maxLength: schema.maxLength,
        // As the validator: text made only of spaces and invisible characters is empty.
        ...(schema.pattern ? {pattern: schema.pattern} : schema.minLength ? {pattern: VISIBLE_CHARACTER} : {}),
        ...(schema.format === 'date' ? {format: 'date'} : {}),
        ...(schema.format === 'language-tag' ? {$comment: 'Also canonicalisable by Intl.getCanonicalLocales.'} : {}),
      };
    case 'enum':
      return {type: 'string', ...description, enum: [...schema.values]};
    case 'boolean':
      return {type: 'boolean', ...description};
    case 'integer':
      return {type: 'integer', ...description, minimum: schema.minimum, maximum: schema.maximum};
    case 'array':
      return {
        type: 'array',
        ...description,
        items: toJsonSchema(schema.items),
        ...(schema.minItems ? {minItems: schema.minItems} : {}),
        maxItems: schema.maxItems,
        ...(schema.uniqueKey ? {$comment: `Each item's "${schema.uniqueKey}" is unique.`} : {}),
      };
    case 'object': {
      const entries = Object.entries(schema.properties as Record<string, Schema>);
      return {
        type: 'object',
        ...description,
        properties: Object.fromEntries(entries.map(([key, value]) => [key, toJsonSchema(value)])),
        required: entries.filter(([, value]) => !value.optional).map(([key]) => key),
        additionalProperties: false,
      };
    }
    case 'union':
      return {...description, anyOf: (schema.members as readonly Schema[]).map(toJsonSchema)};
  }
}
