/** The CLI's reader for draw.io files (shared/node/cli/load.ts): first page, positions kept. */
import { DRAWIO_EXTENSIONS, importDrawio } from '../../io/drawio/import';

export const drawioReader = {
  extensions: [...DRAWIO_EXTENSIONS],
  read: async (text: string, path: string) => importDrawio(text, { title: path.replace(/^.*[\\/]/, '').replace(/\.(drawio\.svg|drawio\.xml|drawio|dio|xml)$/i, '') }),
};
