package dev.tandem.rules;

import java.math.BigDecimal;
import java.util.List;

/**
 * A petroleum product of a rule version's conversion chart: what it is called, how many barrels a tonne of it
 * fills and where that figure comes from. A line names its product; one that does not, but whose HS code falls in
 * a product's {@code hs}, is that product (propane and butanes are LPG); the {@code fallback} product converts the
 * weight of any other refined product.
 *
 * @param barrelsPerTonne null for products that are never counted (banned outright)
 */
record Product(String key, Bilingual name, BigDecimal barrelsPerTonne, List<String> hs, String source,
        boolean fallback) {

    Product {
        hs = List.copyOf(hs);
    }
}
