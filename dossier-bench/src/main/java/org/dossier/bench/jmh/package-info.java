/** JMH micro-benchmarks of the stages the bench showed hot: {@code java -cp dossier-app/target/dossier.jar org.openjdk.jmh.Main}. */
package org.dossier.bench.jmh;
