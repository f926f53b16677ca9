// What the CLI needs to touch files a hostile repository or bundle might have prepared, and to
// print what it found without handing the terminal control characters.
import {closeSync, constants, fstatSync, fsyncSync, lstatSync, openSync, readSync, renameSync, unlinkSync, writeSync} from 'node:fs';
import {randomBytes} from 'node:crypto';
import {basename, dirname, join, normalize, sep} from 'node:path';

/** A refusal the user can act on: printed as it is, exit code 2. */
export class Refusal extends Error {}

// Control characters (C0, DEL, C1), format characters (bidi overrides and isolates, zero-width
// characters, tag characters) and the line and paragraph separators: each could reorder, hide or
// forge what the terminal shows. Shown as \u{…} escapes instead.
const UNPRINTABLE = /[\p{Cc}\p{Cf}\p{Zl}\p{Zp}]/gu;

/** Text from a file or its name, safe to print on a terminal. */
export const printable = (text) =>
  String(text).replace(UNPRINTABLE, (char) => `\\u{${char.codePointAt(0).toString(16).toUpperCase()}}`);

const DESCRIPTIONS = {
  ENOENT: 'no such file or directory',
  EACCES: 'permission denied',
  EPERM: 'operation not permitted',
  EISDIR: 'is a directory',
  ENOTDIR: 'a part of the path is not a directory',
  ENOSPC: 'no space left on the device',
  EDQUOT: 'disk quota exceeded',
  EROFS: 'the file system is read-only',
  EEXIST: 'already exists',
  ELOOP: 'is a symbolic link',
  EMFILE: 'too many open files',
  ENAMETOOLONG: 'the name is too long',
  EIO: 'input/output error',
  EXDEV: 'the temporary file is on another device',
};

/** What a file-system error means, in words, with its code: "no space left on the device (ENOSPC)". */
export const describeError = (error) => {
  const code = error?.code;
  if (code) return `${DESCRIPTIONS[code] ?? 'failed'} (${code})`;
  return error instanceof Error ? error.name : 'failed';
};

/**
 * Refuses a path that passes through a symbolic link anywhere in the part the user wrote: a link
 * to a directory (`bundles -> ~/.ssh`) reads or writes outside what the path seems to name, which
 * O_NOFOLLOW does not catch (it checks only the last name).
 */
export function refuseLinkedDirectories(file) {
  const parts = normalize(file).split(sep);
  let prefix = parts[0] === '' ? sep : '';
  for (const part of parts.slice(0, -1)) {
    if (!part || part === '.') continue;
    prefix = prefix ? join(prefix, part) : part;
    if (part === '..') continue;
    let stat;
    try {
      stat = lstatSync(prefix);
    } catch {
      return; // A missing directory is reported by the open that follows, in its own words.
    }
    if (stat.isSymbolicLink()) throw new Refusal(`goes through a symbolic link (${printable(prefix)}): give the real path`);
  }
}

/**
 * Writes `text` to `file` all at once: into a new temporary file beside it (created exclusively,
 * so nothing prepared there is followed), then renamed over the target. A reader never sees half
 * a snippet, and a failure leaves the old file as it was. Refuses a target that is a symbolic
 * link, a directory, a FIFO, a device or anything else but a regular file.
 */
export function writeFileAtomically(file, text) {
  refuseLinkedDirectories(file);
  let existing;
  try {
    existing = lstatSync(file);
  } catch (error) {
    if (error.code !== 'ENOENT') throw new Refusal(`cannot write: ${describeError(error)}`);
  }
  if (existing?.isSymbolicLink()) throw new Refusal('is a symbolic link: give the path of the file itself');
  if (existing && !existing.isFile()) throw new Refusal(existing.isDirectory() ? 'is a directory' : 'is not a regular file');
  const temporary = join(dirname(file), `.${basename(file)}.${randomBytes(6).toString('hex')}.tmp`);
  let fd;
  try {
    fd = openSync(temporary, constants.O_WRONLY | constants.O_CREAT | constants.O_EXCL | constants.O_NOFOLLOW, existing ? existing.mode & 0o777 : 0o644);
    const bytes = Buffer.from(text, 'utf8');
    for (let written = 0; written < bytes.length; ) written += writeSync(fd, bytes, written, bytes.length - written);
    fsyncSync(fd);
    closeSync(fd);
    fd = undefined;
    renameSync(temporary, file);
  } catch (error) {
    if (fd !== undefined) {
      try {
        closeSync(fd);
      } catch {
        // Already failing: the first error is the one to report.
      }
    }
    try {
      unlinkSync(temporary);
    } catch {
      // Never created, or already renamed.
    }
    throw new Refusal(`cannot write: ${describeError(error)}`);
  }
}

/**
 * The text of `file` if it is a regular file of at most `maxBytes` in strict UTF-8 (a leading BOM
 * dropped, as browsers do): `{text}`, or `{tooLarge: size}` (the size in bytes, or `undefined` when
 * the file grew while read), or `{notUtf8: true}`. A symbolic link (refused by the kernel, not by a
 * check that could race), a linked directory, a FIFO (opened without waiting for a writer) or any
 * other non-regular file is a `Refusal`.
 */
export function readLimitedTextFile(file, maxBytes) {
  refuseLinkedDirectories(file);
  let fd;
  try {
    fd = openSync(file, constants.O_RDONLY | constants.O_NOFOLLOW | constants.O_NONBLOCK);
  } catch (error) {
    if (error.code === 'ELOOP') throw new Refusal('is a symbolic link: give the path of the file itself');
    throw new Refusal(`cannot read: ${describeError(error)}`);
  }
  try {
    const stat = fstatSync(fd);
    if (!stat.isFile()) throw new Refusal('is not a regular file');
    if (stat.size > maxBytes) return {tooLarge: stat.size};
    const bytes = Buffer.alloc(maxBytes + 1);
    let length = 0;
    for (let read; length < bytes.length && (read = readSync(fd, bytes, length, bytes.length - length, null)) > 0; ) length += read;
    if (length > maxBytes) return {tooLarge: undefined};
    try {
      return {text: new TextDecoder('utf-8', {fatal: true}).decode(bytes.subarray(0, length))};
    } catch {
      return {notUtf8: true};
    }
  } finally {
    closeSync(fd);
  }
}
