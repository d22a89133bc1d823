/** naughty-words ships JSON lists without types: language code -> words and phrases. */
declare module "naughty-words" {
  const lists: Record<string, string[]>;
  export default lists;
}
