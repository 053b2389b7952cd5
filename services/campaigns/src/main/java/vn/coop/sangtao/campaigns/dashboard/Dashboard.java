package vn.coop.sangtao.campaigns.dashboard;

import java.util.List;

/**
 * A campaign's participation at a glance: the whole, per block, per area (an area counts the areas
 * below it), per content, and for a national campaign per province that cascaded it.
 */
public record Dashboard(String campaignId, String code, String title, String status, Figures total,
                        List<Figures> byBlock, List<Figures> byArea, List<Figures> byContent,
                        List<Figures> byProvince) {
}
