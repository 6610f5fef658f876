// The parts of Mozilla's validator the Firefox build test uses (the package ships no types).
declare module "addons-linter" {
  interface AddonsLinter {
    run(): Promise<unknown>;
  }
  const addonsLinter: {
    createInstance(options: { config: Record<string, unknown>; runAsBinary: boolean }): AddonsLinter;
  };
  export default addonsLinter;
}
