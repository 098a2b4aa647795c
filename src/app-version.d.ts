interface ImportMetaEnv {
  /** package.json's version, put in by vite.config.ts at build time. */
  readonly APP_VERSION: string
}

/** Each language in locales/ by its name for itself, put in by vite.config.ts at build time. */
declare const __LOCALE_NAMES__: Readonly<Record<string, string>>
