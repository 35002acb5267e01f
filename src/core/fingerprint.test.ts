import { describe, expect, it } from 'vitest'
import { contentHash, fingerprint, stableStringify } from './fingerprint.js'

// Stored history compares these hashes scan after scan: any change to their output makes every stored resource and
// finding look changed once. The values below were produced by the first release's implementation.
const SAMPLE = {
  z: 1,
  a: [3, undefined, { y: 'é', b: null, c: undefined }, []],
  m: { 'b-key': true, B: false, ä: 'x', nested: { q: [1, { k: 'v' }], p: '' } },
  u: undefined,
  d: new Date(0),
  s: 'line\nbreak "quoted"',
}

describe('stable hashing', () => {
  it('sorts keys at every level, drops undefined properties and writes undefined array items as null', () => {
    expect(stableStringify(SAMPLE)).toBe(
      '{"a":[3,null,{"b":null,"y":"é"},[]],"d":{},"m":{"B":false,"b-key":true,"nested":{"p":"","q":[1,{"k":"v"}]},"ä":"x"},"s":"line\\nbreak \\"quoted\\"","z":1}',
    )
  })

  it('keeps the content hash and fingerprint of earlier releases', () => {
    expect(contentHash(SAMPLE)).toBe('2aedbfcd119d7cadef8fc7fd0e744d6bfdabb29ba95f18ae5801042fd2b3f2e5')
    expect(contentHash({ b: 1, a: 2 })).toBe(contentHash({ a: 2, b: 1 }))
    expect(fingerprint('aws-s3-bucket-versioning-enabled', 'arn:aws:s3:::data')).toBe('9cab714c873a66bfc2cb1ee9ae671f1d')
  })
})
