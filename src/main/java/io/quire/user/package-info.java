/**
 * Users, roles and sign-in: the admin created on first start, access tokens from
 * {@code POST /api/v1/auth/token}, and user management for admins.
 */
package io.quire.user;
