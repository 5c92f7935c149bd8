import { join } from 'node:path'

/** `../shared/monzo-samples` beside the repository, wherever it is cloned (CI clones it afresh). */
export const SAMPLES = join(import.meta.dirname, '../../../shared/monzo-samples')

export const sample = (name: string): string => join(SAMPLES, name)
