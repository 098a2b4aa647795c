interface ImportMetaEnv {
  /** package.json's version, put in by vite.config.ts at build time. */
  readonly APP_VERSION: string
}
