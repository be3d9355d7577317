/** The CLI's reader for draw.io files (shared/node/cli/load.ts): first page, positions kept. The parser loads on first use. */
import { DRAWIO_EXTENSIONS, drawioTitle } from '../../io/drawio/files';

export const drawioReader = {
  extensions: [...DRAWIO_EXTENSIONS],
  read: async (text: string, path: string) => (await import('../../io/drawio/import')).importDrawio(text, { title: drawioTitle(path) }),
};
