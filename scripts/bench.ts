/** npm run bench [-- --only build,validate,...] [--json FILE]; see bench/run.ts. */
import '../bench/run.ts';
