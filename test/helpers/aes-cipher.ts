// STAND-IN for Electron's safeStorage (its asynchronous API): real AES-GCM, so "encrypted on disk"
// means encrypted. `mode` mimics what the real one does on a machine whose keychain is fine,
// unavailable (locked, missing) or broken (decrypt fails: a key that changed or a damaged value).
import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto'
import type { Cipher } from '../../src/main/core/monzo/token-vault'

export type CipherMode = 'available' | 'unavailable' | 'decrypt-fails'

export function aesCipher(available: boolean | CipherMode = true, key = randomBytes(32)): Cipher {
  const mode: CipherMode = available === true ? 'available' : available === false ? 'unavailable' : available
  return {
    isAvailable: async () => mode !== 'unavailable',
    async encrypt(plain) {
      if (mode === 'unavailable') throw new Error('Error while encrypting the text provided to safeStorage.encryptStringAsync.')
      const iv = randomBytes(12)
      const c = createCipheriv('aes-256-gcm', key, iv)
      const body = Buffer.concat([c.update(plain, 'utf8'), c.final()])
      return Buffer.concat([iv, c.getAuthTag(), body])
    },
    async decrypt(b) {
      if (mode !== 'available') throw new Error('Error while decrypting the ciphertext provided to safeStorage.decryptStringAsync.')
      const d = createDecipheriv('aes-256-gcm', key, b.subarray(0, 12))
      d.setAuthTag(b.subarray(12, 28))
      return { text: Buffer.concat([d.update(b.subarray(28)), d.final()]).toString('utf8') }
    },
  }
}
