package vn.coop.sangtao.platform.web;

import java.util.List;

/** One page of a list answer, with what a client needs to page on. */
public record PageResponse<T>(List<T> items, int page, int size, long total) {
}
