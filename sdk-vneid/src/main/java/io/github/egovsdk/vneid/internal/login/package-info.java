/** OpenID Connect wire mapping of the VNeID and portal SSO logins; not API, may change in any release. */
package io.github.egovsdk.vneid.internal.login;
