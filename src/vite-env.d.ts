/// <reference types="vite/client" />

interface ImportMetaEnv {
  /** Preset for the connection screen's API URL in a live build. */
  readonly VITE_API_URL?: string
  /** Preset for the connection screen's backend: probely (default), neo or conviso. */
  readonly VITE_BACKEND?: string
}

interface ImportMeta {
  readonly env: ImportMetaEnv
}
