/**
 * UTF-16 code units of a string in a reused typed array. The detection hot loops read every unit of
 * a text, often several times; `charCodeAt` per unit costs a bounds and string-shape check each time
 * (and an indirection per call on concatenated strings), whereas one native copy is a memcpy and the
 * loops then index a monomorphic Uint16Array.
 */

// The copy writes UTF-16LE bytes: on a big-endian host they would not read back as units.
const LITTLE_ENDIAN = new Uint16Array(new Uint8Array([1, 0]).buffer)[0] === 1;

/** One reusable buffer per caller: `load` overwrites it, so each module keeps its own. */
export class UnitScratch {
  private units: Uint16Array;
  private bytes: Buffer;

  constructor(capacity = 1024) {
    this.units = new Uint16Array(capacity);
    this.bytes = Buffer.from(this.units.buffer);
  }

  /** The units of `text` in [0, text.length) (lone surrogates kept as they are); valid until the next load. */
  load(text: string): Uint16Array {
    if (this.units.length < text.length) {
      this.units = new Uint16Array(text.length * 2);
      this.bytes = Buffer.from(this.units.buffer);
    }
    if (LITTLE_ENDIAN) this.bytes.write(text, 0, 'utf16le');
    else for (let i = 0; i < text.length; i++) this.units[i] = text.charCodeAt(i);
    return this.units;
  }
}

/** A string from units (raw: lone surrogates stay, unlike TextDecoder which replaces them with U+FFFD). */
export function unitsToString(units: Uint16Array, length: number): string {
  if (!LITTLE_ENDIAN) {
    let out = '';
    for (let i = 0; i < length; i += 4096)
      out += String.fromCharCode(...units.subarray(i, Math.min(i + 4096, length)));
    return out;
  }
  return Buffer.from(units.buffer, units.byteOffset, length * 2).toString('utf16le');
}
