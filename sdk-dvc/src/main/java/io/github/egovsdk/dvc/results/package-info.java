/** The national portal's results store (kho số hóa): result documents by owner's ID, file fetch. */
package io.github.egovsdk.dvc.results;
