// Vite bundles stylesheets imported from TypeScript; tell TypeScript they exist.
declare module '*.css' {}
