/** The shape of a language's table in a catalogue area: exactly the English keys, each a message. */
export type Entries<T> = { readonly [K in keyof T]: string };
