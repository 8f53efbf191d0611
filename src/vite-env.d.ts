/// <reference types="vite/client" />

interface ImportMetaEnv {
  /** Preset for the connection screen's API URL in a live build. */
  readonly VITE_API_URL?: string
}

interface ImportMeta {
  readonly env: ImportMetaEnv
}
