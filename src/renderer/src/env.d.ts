/// <reference types="svelte" />
import type { Api } from '../../shared/ipc'

declare global {
  interface Window {
    /** Built from the shared contract by the preload (or the e2e harness). */
    api: Api
  }
}

export {}
