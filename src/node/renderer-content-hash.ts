/**
 * The HTML renderer's chunk hashes follow the code it emits, not webpack's module graph.
 *
 * Gatsby renders every page's HTML again when the renderer's chunk hashes change (render-page's chunk group and
 * each template's: gatsby/dist/utils/webpack/get-ssr-chunk-hashes.js). webpack's chunk hash follows the module
 * graph, and a compilation restored from its persistent cache does not always have the cold one's graph: on 18F
 * the cold build held an empty module of react-server-dom-webpack that the warm one did not, so the first rebuild
 * after every cold build rendered all 254 pages again for one edited page, from byte-identical code. What a page's
 * HTML depends on is the code, so each chunk's hash becomes a hash of its JavaScript files once they are final
 * (source maps, the chunk's auxiliary files, are left out).
 */
import crypto from 'node:crypto'
import type { Chunk, Compilation, Compiler, Configuration, WebpackPluginInstance } from 'webpack'

const NAME = 'RendererContentHash'

/** A hash of the chunk's emitted files, by name and content. */
function contentHash(compilation: Compilation, chunk: Chunk): string {
  const hash = crypto.createHash('sha256')
  for (const file of [...chunk.files].sort()) {
    const asset = compilation.getAsset(file)
    if (!asset) continue
    hash.update(`${file}\0`)
    hash.update(asset.source.buffer())
    hash.update('\0')
  }
  return hash.digest('hex').slice(0, 20)
}

export class RendererContentHash implements WebpackPluginInstance {
  apply(compiler: Compiler): void {
    // Measured when the assets are final; set once the compilation is done, when only Gatsby still reads them
    // (webpack's emit replaces each asset's source by its size to save memory, so it cannot be read then).
    let hashes = new Map<Chunk, string>()
    compiler.hooks.thisCompilation.tap(NAME, (compilation) => {
      const measured = new Map<Chunk, string>()
      hashes = measured
      compilation.hooks.afterProcessAssets.tap(NAME, () => {
        for (const chunk of compilation.chunks) measured.set(chunk, contentHash(compilation, chunk))
      })
    })
    compiler.hooks.done.tap(NAME, () => {
      for (const [chunk, hash] of hashes) chunk.hash = hash
    })
  }
}

/** The `build-html` configuration with its chunk hashes taken from its code. */
export function withRendererContentHash(config: Configuration): Configuration {
  return { ...config, plugins: [...(config.plugins ?? []), new RendererContentHash()] }
}
