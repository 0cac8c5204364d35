package org.hedgetop.market.http;

/** IPv4 CIDR matching for NO_PROXY entries such as {@code 10.0.0.0/8}. */
final class Cidr {
    private Cidr() {
    }

    /** Whether {@code host} is an IPv4 literal inside {@code block}; false for names and bad blocks. */
    static boolean contains(String block, String host) {
        int slash = block.indexOf('/');
        long net = ipv4(block.substring(0, slash));
        long addr = ipv4(host);
        int bits;
        try {
            bits = Integer.parseInt(block.substring(slash + 1));
        } catch (NumberFormatException e) {
            return false;
        }
        if (net < 0 || addr < 0 || bits < 0 || bits > 32) {
            return false;
        }
        long mask = bits == 0 ? 0 : (0xFFFFFFFFL << (32 - bits)) & 0xFFFFFFFFL;
        return (net & mask) == (addr & mask);
    }

    /** The address as an unsigned 32-bit value, or -1 when it is not a dotted IPv4 literal. */
    static long ipv4(String text) {
        String[] parts = text.split("\\.", -1);
        if (parts.length != 4) {
            return -1;
        }
        long value = 0;
        for (String p : parts) {
            if (p.isEmpty() || p.length() > 3 || !p.chars().allMatch(Character::isDigit)) {
                return -1;
            }
            int octet = Integer.parseInt(p);
            if (octet > 255) {
                return -1;
            }
            value = value * 256 + octet;
        }
        return value;
    }
}
