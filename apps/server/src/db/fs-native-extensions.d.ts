// The two functions of fs-native-extensions that the data directory lock uses (the package ships no types).
declare module 'fs-native-extensions' {
  /** An advisory lock on the whole file: `true` if granted, `false` if another open file holds it. */
  export function tryLock(fd: number, options?: { shared?: boolean }): boolean;
  export function unlock(fd: number): void;
}
