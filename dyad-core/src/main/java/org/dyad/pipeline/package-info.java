/** Assembles the stages into one coder that is built once per JVM and shared by threads. */
package org.dyad.pipeline;
