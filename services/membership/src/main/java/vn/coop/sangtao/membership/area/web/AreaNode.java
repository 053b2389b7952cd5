package vn.coop.sangtao.membership.area.web;

import vn.coop.sangtao.membership.area.Area;
import vn.coop.sangtao.membership.area.AreaLevel;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** One area of a tree and the areas under it on the same day. */
record AreaNode(String id, String code, String name, AreaLevel level, LocalDate validFrom, LocalDate validTo,
                List<AreaNode> children) {

    /** Nests the areas valid on one day under their parents; areas whose parent is absent become roots. */
    static List<AreaNode> forest(List<Area> areas) {
        Map<String, List<Area>> byParent = new HashMap<>();
        Map<String, Area> byId = new HashMap<>();
        areas.forEach(a -> byId.put(a.id(), a));
        List<Area> roots = new ArrayList<>();
        for (Area area : areas) {
            if (area.parentId() == null || !byId.containsKey(area.parentId())) {
                roots.add(area);
            } else {
                byParent.computeIfAbsent(area.parentId(), p -> new ArrayList<>()).add(area);
            }
        }
        return roots.stream().map(root -> node(root, byParent)).toList();
    }

    private static AreaNode node(Area area, Map<String, List<Area>> byParent) {
        List<AreaNode> children = byParent.getOrDefault(area.id(), List.of()).stream()
                .map(child -> node(child, byParent)).toList();
        return new AreaNode(area.id(), area.code(), area.name(), area.level(), area.validFrom(), area.validTo(),
                children);
    }
}
