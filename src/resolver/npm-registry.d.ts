// npm-registry-fetch and npm-pick-manifest ship no types; the resolver uses one call of each (see
// src/resolver/manifest.ts), declared here in the shapes it relies on.
declare module 'npm-registry-fetch' {
  interface RegistryResponse {
    json(): Promise<unknown>;
  }
  function fetch(url: string, options: Record<string, unknown>): Promise<RegistryResponse>;
  export default fetch;
}
declare module 'npm-pick-manifest' {
  function pickManifest(
    packument: unknown,
    wanted: string,
    options: { defaultTag?: string },
  ): { version?: unknown };
  export default pickManifest;
}
