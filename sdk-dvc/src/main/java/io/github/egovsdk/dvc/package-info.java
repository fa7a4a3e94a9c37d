/** EGov SDK — sdk-dvc. */
package io.github.egovsdk.dvc;
