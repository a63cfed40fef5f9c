/**
 * Reading spreadsheets (XLSX, XLS) with POI as a spreadsheet program shows them: each sheet shown,
 * its tables as grids, numbers as displayed. Uses read only.
 */
package org.nianbao.read.sheet;
