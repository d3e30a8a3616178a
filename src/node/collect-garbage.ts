/**
 * Full garbage collections of this process's heap once the first load of the
 * handbook is done. Rendering every page allocates and drops many times what
 * the handbook keeps, and V8 grows the heap for it without giving it back
 * before Gatsby's bundles and workers come on top. On the real 246-page 18F
 * handbook the build process was at 460 MB after the render (about 140 MB of
 * it live) and peaked at 680-720 MB in webpack's HTML renderer; collected
 * here it is at 350 MB after the render and peaks at 555-575 MB, for about
 * 150 ms. The first collection frees; the second compacts what is left, so
 * the emptied pages go back to the system at once (one alone left the heap's
 * size, and the process's, where it was).
 *
 * Node exposes the collector only behind `--expose-gc`: the flag is set at
 * run time and the function taken from a new context, as jest's leak
 * detector does.
 */
import v8 from 'node:v8'
import vm from 'node:vm'

let collect: (() => void) | undefined

export function collectGarbage(): void {
  if (!collect) {
    v8.setFlagsFromString('--expose-gc')
    collect = vm.runInNewContext('gc') as () => void
  }
  collect()
  collect()
}
