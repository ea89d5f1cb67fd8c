/**
 * The resume data of one compiled fragment (a loop or a bridge): its byte format, and the store
 * that holds it. The encoder writes stores; the decoder reads them; nothing else looks inside.
 *
 * Format. Every number is a varint (varint.ts). A *value reference* is one varint
 * `payload * 4 + tag`:
 *
 *     tag 0  CONST    payload = index in the constant pool
 *     tag 1  INT      payload = zigzag of an int constant in [-2048, 2047] (1 or 2 bytes in all)
 *     tag 2  BOX      payload = the fragment-wide number of an op (a fail argument)
 *     tag 3  VIRTUAL  payload = index of a virtual description
 *
 * A *chunk* encodes one frame of a snapshot:
 *
 *     parent chunk index + 1 (0: outermost) | zigzag code | zigzag pc | count | count references
 *
 * A *virtual description* encodes one `Virtual`:
 *
 *     0 | class (pool index) | field count | (field descriptor (pool index), reference) ...
 *     1 | array kind (index in ARRAY_KINDS) | length | item references ...
 *
 * An exit's resume data (`ExitDescr.resume`) *is* the chunk of its innermost frame; the parent
 * chain leads outwards. Which slot of the state array holds a BOX is not stored: it is the
 * order in which `snapshotFailArgs` meets the ops, and the decoder meets the numbers in the very
 * same order (frames innermost first, values in order, into a virtual's fields then items on
 * first meeting it). So a chunk does not depend on the guard that uses it, which is what lets
 * guards share chunks.
 *
 * Invariants:
 * - One chunk per distinct `FrameSnapshot` object, one description per distinct `Virtual`
 *   object, one box number per distinct op, one pool entry per distinct (type, value) constant
 *   (0 and -0 are distinct; all NaNs are one). A guard whose snapshot is the previous guard's
 *   gets the very same chunk object: it adds nothing.
 * - Chunks, descriptions and the pool only grow; an encoded chunk never changes, so decoders may
 *   cache what they derive from one.
 * - `bytes` = all chunk bytes + all description bytes + `POOL_ENTRY_BYTES` per pool entry (a
 *   reference and the type packed beside it).
 */

import type { ValueType } from '../ir/types.js';

export const TAG_CONST = 0;
export const TAG_INT = 1;
export const TAG_BOX = 2;
export const TAG_VIRTUAL = 3;

/** Int constants inlined in a reference: zigzag below this (two varint bytes with the tag). */
export const INLINE_INT_LIMIT = 4096;

/** What one pool entry counts for in `bytes`. */
export const POOL_ENTRY_BYTES = 9;

export const VIRTUAL_OBJECT = 0;
export const VIRTUAL_ARRAY = 1;

export class ResumeStore {
  /** Constant pool: values, and the type each constant had. Field descriptors live here too. */
  readonly pool: unknown[] = [];
  readonly poolTypes: ValueType[] = [];
  readonly chunks: Uint8Array[] = [];
  readonly virtuals: Uint8Array[] = [];
  chunkBytes = 0;
  virtualBytes = 0;

  get bytes(): number {
    return this.chunkBytes + this.virtualBytes + POOL_ENTRY_BYTES * this.pool.length;
  }
}

/** Where a chunk lives: its store and index. The registry is how an exit finds its store. */
export interface ChunkHome {
  readonly store: ResumeStore;
  readonly index: number;
}

const HOMES = new WeakMap<Uint8Array, ChunkHome>();

export function registerChunk(bytes: Uint8Array, home: ChunkHome): void {
  HOMES.set(bytes, home);
}

export function chunkHome(bytes: Uint8Array): ChunkHome | undefined {
  return HOMES.get(bytes);
}
