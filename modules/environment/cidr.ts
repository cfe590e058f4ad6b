/**
 * IPv4 CIDR arithmetic used to lay out subnets at synth time, so that plans are deterministic and
 * reviewers see literal CIDRs instead of `cidrsubnet()` calls. Format checks are zod's `cidrv4`;
 * this file only does the arithmetic zod does not.
 */

export interface Ipv4Block {
  /** First address as an unsigned 32-bit integer. */
  readonly start: number;
  readonly prefixLength: number;
}

export function parseCidr(cidr: string): Ipv4Block {
  const [address, prefix] = cidr.split('/');
  const start = address.split('.').reduce((acc, octet) => acc * 256 + Number(octet), 0);
  return { start, prefixLength: Number(prefix) };
}

export function blockSize(prefixLength: number): number {
  return 2 ** (32 - prefixLength);
}

export function formatCidr(block: Ipv4Block): string {
  const octets = [24, 16, 8, 0].map((shift) => Math.floor(block.start / 2 ** shift) % 256);
  return `${octets.join('.')}/${block.prefixLength}`;
}

/** True when the address part has host bits set, e.g. 10.0.0.1/16. AWS rejects such CIDRs. */
export function hasHostBits(cidr: string): boolean {
  const block = parseCidr(cidr);
  return block.start % blockSize(block.prefixLength) !== 0;
}

export function overlaps(a: string, b: string): boolean {
  const x = parseCidr(a);
  const y = parseCidr(b);
  return x.start < y.start + blockSize(y.prefixLength) && y.start < x.start + blockSize(x.prefixLength);
}

/**
 * Packs blocks of the requested prefix lengths into `parent`, largest first so every block stays
 * aligned, and returns them in request order. Returns undefined when they do not fit.
 */
export function allocate(parent: string, prefixLengths: readonly number[]): string[] | undefined {
  const root = parseCidr(parent);
  const end = root.start + blockSize(root.prefixLength);
  const order = prefixLengths.map((length, index) => ({ length, index })).sort((a, b) => a.length - b.length);
  const result: string[] = new Array(prefixLengths.length);
  let cursor = root.start;
  for (const { length, index } of order) {
    if (length < root.prefixLength) return undefined;
    const size = blockSize(length);
    cursor = Math.ceil(cursor / size) * size;
    if (cursor + size > end) return undefined;
    result[index] = formatCidr({ start: cursor, prefixLength: length });
    cursor += size;
  }
  return result;
}
