/**
 * Small vocabulary every module shares: the ways a request can be refused.
 */
@org.springframework.modulith.ApplicationModule(type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package dev.tandem.common;
