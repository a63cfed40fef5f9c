/**
 * One input through every stage (read, normalize, extract, check), within limits of time and
 * memory, never throwing for a bad file; and a batch of inputs in parallel, outcomes in input
 * order. Uses the stages and {@code model}; used only by the facade.
 */
package org.nianbao.pipeline;
