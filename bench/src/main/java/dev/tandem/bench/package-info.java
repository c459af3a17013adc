/**
 * Evidence for the matcher: the labelled Korean variant set and its generator, the evaluation command, the JMH
 * benchmarks and the heap measurement. List loading goes through {@link dev.tandem.bench.Lists}.
 */
package dev.tandem.bench;
