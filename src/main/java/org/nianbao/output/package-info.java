/**
 * Writing files safely: atomic writes through a temporary file that never replace a file nianbao
 * did not write unless told, the sweeping of temporary files a killed run left, a run's own
 * temporary folder, file names safe on every filesystem, and why a file could not be written.
 * Uses only {@code message}.
 */
package org.nianbao.output;
