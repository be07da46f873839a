/**
 * Contract tests a UAPI plugin runs against itself. The kit arrives with its own issue; until then this
 * package only reserves the module's place in the build.
 */
package dev.uapi.testkit;
