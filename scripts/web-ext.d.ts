/** The part of web-ext's Node API that the packaging script uses (web-ext ships no type declarations). */
declare module 'web-ext' {
  interface BuildOptions {
    sourceDir: string;
    artifactsDir: string;
    overwriteDest?: boolean;
    filename?: string;
  }
  const webExt: {
    cmd: {
      build(
        options: BuildOptions,
        extra?: { shouldExitProgram?: boolean },
      ): Promise<{ extensionPath: string }>;
    };
  };
  export default webExt;
}
