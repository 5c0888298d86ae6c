/**
 * Rendering: FreeMarker behind a small interface, with its sandbox settings here and only here, and the
 * placeholder filling of legacy agent files. Produces agents and documents in memory, in no tool's format.
 */
package dev.agentry.render;
