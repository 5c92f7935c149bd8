// electron-vite's renderer root is src/renderer, where vite-plugin-svelte looks for its config:
// reuse the project's (runes mode everywhere) rather than silently falling back to defaults.
export { default } from '../../svelte.config.js'
