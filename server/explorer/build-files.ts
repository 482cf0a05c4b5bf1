/** Name of the file that records which sources a bundle in dist/ was built from. */
export const HASH_FILE = 'build-hash.txt';
