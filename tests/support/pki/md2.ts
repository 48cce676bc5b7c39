// MD2 (RFC 1319), which Node's OpenSSL 3 no longer has: only to sign an md2WithRSAEncryption test
// certificate the way a CA once did, so that even that row of the algorithm table holds a real
// signature.

/** The RFC 1319 substitution table: a permutation of 0..255 built from the digits of pi. */
const piSubstitution = [
  41, 46, 67, 201, 162, 216, 124, 1, 61, 54, 84, 161, 236, 240, 6, 19, 98, 167, 5, 243, 192, 199,
  115, 140, 152, 147, 43, 217, 188, 76, 130, 202, 30, 155, 87, 60, 253, 212, 224, 22, 103, 66, 111,
  24, 138, 23, 229, 18, 190, 78, 196, 214, 218, 158, 222, 73, 160, 251, 245, 142, 187, 47, 238, 122,
  169, 104, 121, 145, 21, 178, 7, 63, 148, 194, 16, 137, 11, 34, 95, 33, 128, 127, 93, 154, 90, 144,
  50, 39, 53, 62, 204, 231, 191, 247, 151, 3, 255, 25, 48, 179, 72, 165, 181, 209, 215, 94, 146, 42,
  172, 86, 170, 198, 79, 184, 56, 210, 150, 164, 125, 182, 118, 252, 107, 226, 156, 116, 4, 241, 69,
  157, 112, 89, 100, 113, 135, 32, 134, 91, 207, 101, 230, 45, 168, 2, 27, 96, 37, 173, 174, 176,
  185, 246, 28, 70, 97, 105, 52, 64, 126, 15, 85, 71, 163, 35, 221, 81, 175, 58, 195, 92, 249, 206,
  186, 197, 234, 38, 44, 83, 13, 110, 133, 40, 132, 9, 211, 223, 205, 244, 65, 129, 77, 82, 106,
  220, 55, 200, 108, 193, 171, 250, 36, 225, 123, 8, 12, 189, 177, 74, 120, 136, 149, 139, 227, 99,
  232, 109, 233, 203, 213, 254, 59, 0, 29, 57, 242, 239, 183, 14, 102, 88, 208, 228, 166, 119, 114,
  248, 235, 117, 75, 10, 49, 68, 80, 180, 143, 237, 31, 26, 219, 153, 141, 51, 159, 17, 131, 20,
];

/** The MD2 digest (16 bytes) of some bytes. */
export function md2(input: Uint8Array): Uint8Array {
  const padding = 16 - (input.length % 16);
  const message = new Uint8Array(input.length + padding + 16);
  message.set(input);
  message.fill(padding, input.length, input.length + padding);
  const checksum = new Uint8Array(16);
  let last = 0;
  for (let block = 0; block < input.length + padding; block += 16) {
    for (let j = 0; j < 16; j += 1) {
      checksum[j] = (checksum[j] ?? 0) ^ (piSubstitution[(message[block + j] ?? 0) ^ last] ?? 0);
      last = checksum[j] ?? 0;
    }
  }
  message.set(checksum, input.length + padding);
  const state = new Uint8Array(48);
  for (let block = 0; block < message.length; block += 16) {
    for (let j = 0; j < 16; j += 1) {
      state[16 + j] = message[block + j] ?? 0;
      state[32 + j] = (state[16 + j] ?? 0) ^ (state[j] ?? 0);
    }
    let t = 0;
    for (let round = 0; round < 18; round += 1) {
      for (let k = 0; k < 48; k += 1) {
        state[k] = (state[k] ?? 0) ^ (piSubstitution[t] ?? 0);
        t = state[k] ?? 0;
      }
      t = (t + round) % 256;
    }
  }
  return state.slice(0, 16);
}
