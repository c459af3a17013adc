/**
 * Users, their roles and party membership, and sign-in.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"common", "journal", "forum"})
package dev.tandem.identity;
