import { allocate, hasHostBits, overlaps } from '../../modules/environment/cidr';

describe('CIDR arithmetic', () => {
  test('allocates aligned blocks largest first and returns them in request order', () => {
    expect(allocate('10.0.0.0/16', [24, 19, 24])).toEqual(['10.0.32.0/24', '10.0.0.0/19', '10.0.33.0/24']);
  });

  test('refuses blocks that do not fit', () => {
    expect(allocate('10.0.0.0/20', [19])).toBeUndefined();
    expect(allocate('10.0.0.0/24', [25, 25, 25])).toBeUndefined();
    expect(allocate('10.0.0.0/24', [25, 25])).toEqual(['10.0.0.0/25', '10.0.0.128/25']);
  });

  test('detects overlap and containment both ways, and adjacency as no overlap', () => {
    expect(overlaps('10.0.0.0/16', '10.0.128.0/17')).toBe(true);
    expect(overlaps('10.0.128.0/17', '10.0.0.0/8')).toBe(true);
    expect(overlaps('10.0.0.0/16', '10.1.0.0/16')).toBe(false);
  });

  test('detects host bits', () => {
    expect(hasHostBits('10.0.0.1/16')).toBe(true);
    expect(hasHostBits('10.0.0.0/16')).toBe(false);
    expect(hasHostBits('255.255.255.255/32')).toBe(false);
  });
});
