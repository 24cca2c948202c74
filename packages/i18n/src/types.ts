// Types shared by the dictionaries: the shape of a dictionary and the dot paths into it.

/**
 * Replaces every string leaf of a nested object with `string`, keeping the keys; a list of texts (the paragraphs of
 * a letter) becomes a list of as many texts.
 */
export type DeepStringShape<T> = {
  readonly [K in keyof T]: T[K] extends string
    ? string
    : T[K] extends readonly string[]
      ? TextList<T[K]>
      : DeepStringShape<T[K]>;
};

/** A list of as many texts as `L` has. */
type TextList<L extends readonly string[]> = { readonly [I in keyof L]: string };

/**
 * Every dot path from the root of `T` to one of its string leaves, e.g. `'common.signIn'`. A list of texts is read
 * whole by its user (a letter's paragraphs), not by a key.
 */
export type KeyPath<T> = {
  [K in keyof T & string]: T[K] extends string
    ? K
    : T[K] extends readonly string[]
      ? never
      : `${K}.${KeyPath<T[K]>}`;
}[keyof T & string];

/** The type found at a dot path of `T`. */
export type PathValue<T, P extends string> = P extends `${infer Head}.${infer Rest}`
  ? Head extends keyof T
    ? PathValue<T[Head], Rest>
    : never
  : P extends keyof T
    ? T[P]
    : never;

/** The names of the `{placeholder}`s in a string literal type. */
export type Placeholders<S> = S extends `${string}{${infer Name}}${infer Rest}`
  ? Name | Placeholders<Rest>
  : never;
