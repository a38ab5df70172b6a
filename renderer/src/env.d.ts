// Vite's import suffixes used by the renderer (the renderer's tsconfig loads no ambient types).
declare module "*?url" {
  const url: string;
  export default url;
}
declare module '*.css' {}
declare module 'pdfjs-dist/build/pdf.worker.mjs' {
  export const WorkerMessageHandler: unknown;
}
