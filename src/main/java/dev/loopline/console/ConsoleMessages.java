package dev.loopline.console;

import dev.loopline.hotspot.Hotspot;
import dev.loopline.ticket.Severity;
import dev.loopline.ticket.TicketStatus;
import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/** The console's words: Chinese here, English in messages/msg_en.properties. */
@MessageBundle(value = "msg", locale = "zh")
public interface ConsoleMessages {

    @Message("值班看板") String board_title();
    @Message("Loopline 投诉工单") String product();
    @Message("English") String other_language();
    @Message("en") String other_language_code();
    @Message("退出登录") String sign_out();
    @Message("已退出登录") String signed_out();
    @Message("重新登录") String sign_in_again();
    @Message("登录人") String signed_in_as();
    @Message("更新于") String as_of();
    @Message("每 10 秒自动刷新") String refreshes();
    @Message("刷新失败，显示的是上一次的数据") String stale();
    @Message("在办工单（按严重程度 × 步骤）") String open_title();
    @Message("严重程度") String severity_heading();
    @Message("合计") String total();
    @Message("即将超时（最早到期在前）") String at_risk_title();
    @Message("已超时（最早到期在前）") String breached_title();
    @Message("待确认的升级") String escalations_title();
    @Message("没有") String none();
    @Message("工单号") String number();
    @Message("类别") String category();
    @Message("客户") String customer();
    @Message("负责人") String owner();
    @Message("到期") String due();
    @Message("剩余 {d}") String left(String d);
    @Message("超时 {d}") String overdue(String d);
    @Message("{level} 级") String level(int level);
    @Message("级别") String level_heading();
    @Message("受理于") String accepted_at();
    @Message("原因") String reason();
    @Message("确认期限") String ack_due();
    @Message("确认接手") String acknowledge();
    @Message("仅可查看") String read_only();
    @Message("近 30 天") String period_title();
    @Message("受理数") String tickets();
    @Message("首次响应达标率") String response_compliance();
    @Message("办结达标率") String resolution_compliance();
    @Message("首次响应用时 中位 / P90") String response_times();
    @Message("办结用时 中位 / P90") String close_times();
    @Message("满意率（4–5 分）") String satisfaction();
    @Message("回访数") String responses();
    @Message("无权访问") String forbidden_title();
    @Message("您的角色（{role}）不能使用值班台。值班台供值班长、部门经理使用，坐席可查看。") String forbidden_text(String role);
    @Message("未找到") String not_found_title();
    @Message("未配置登录") String not_configured_title();
    @Message("值班台需要身份提供方（OIDC）。请设置 QUARKUS_OIDC_AUTH_SERVER_URL、QUARKUS_OIDC_CLIENT_ID、QUARKUS_OIDC_CREDENTIALS_SECRET 和 LOOPLINE_OIDC_ENABLED=true。接口 /api/v1 不受影响。") String not_configured_text();
    @Message("操作未完成") String refused_title();
    @Message("返回看板") String back_to_board();
    @Message("工单") String ticket_title();
    @Message("事件（5W）") String five_w();
    @Message("何事") String what();
    @Message("何人") String who();
    @Message("何地") String where();
    @Message("何时发生") String when();
    @Message("为何（严重程度依据）") String why();
    @Message("状态") String status_heading();
    @Message("SLA 时钟") String clocks();
    @Message("首次响应") String first_response();
    @Message("办结") String resolution();
    @Message("已达成") String met();
    @Message("已超时") String breached();
    @Message("即将超时") String at_risk();
    @Message("正常") String on_track();
    @Message("已暂停") String paused();
    @Message("各步骤用时") String steps_title();
    @Message("经办") String held_by();
    @Message("用时") String took();
    @Message("处理记录") String timeline_title();
    @Message("现场工单") String work_orders_title();
    @Message("管家") String steward();
    @Message("升级记录") String ticket_escalations_title();
    @Message("已确认") String acknowledged();
    @Message("待确认") String awaiting();
    @Message("处理报告") String report();
    @Message("报告在工单办结后提供") String report_after_close();

    @Message("补偿待审批") String approval_title();
    @Message("申请人") String requested_by();
    @Message("批准") String approve();
    @Message("驳回") String reject();
    @Message("超出您的审批权限，或是您本人提出的申请：由权限更高的同事审批") String approval_not_yours();

    @Message("热点事件") String hotspots_title();
    @Message("显示最早的 {n} 张") String oldest_shown(int n);
    @Message("{at} 已统一告知") String told(String at);
    @Message("尚未统一告知") String not_told_yet();
    @Message("月度汇总") String monthly_title();
    @Message("月份") String month();
    @Message("查看") String show();
    @Message("下载 CSV") String download_csv();
    @Message("已办结") String closed();
    @Message("重复投诉率") String repeat_rate();
    @Message("办结用时中位") String median_close();
    @Message("较上月") String vs_previous();
    @Message("投诉最多的三类及根因") String top_title();
    @Message("根因") String root_causes();
    @Message("主责部门") String departments();
    @Message("承诺兑现（兑现 / 承诺）") String promises_kept();
    @Message("与上月对比") String trend_title();
    @Message("上月") String previous_month();
    @Message("本月") String this_month();
    @Message("{#when c}{#is 'SERVICE'}服务{#is 'PRODUCT'}产品{#is 'CUSTOMER'}客户{#else}未查明{/when}")
    String cause(String c);
    @Message("进行中的热点事件（最早在前）") String open_hotspots_title();
    @Message("承诺未兑现（最早承诺在前）") String broken_promises_title();
    @Message("确认角色") String target_role();
    @Message("规则") String rule();
    @Message("区域") String area();
    @Message("最早 / 最近") String first_last();
    @Message("通知次数") String notices();
    @Message("共同结论") String findings();
    @Message("接手处置") String take_hotspot();
    @Message("备注") String note();
    @Message("统一告知（发给本事件所有在办工单的客户）") String notice_title();
    @Message("渠道") String channel_heading();
    @Message("{#when c}{#is 'PHONE'}电话{#is 'SMS'}短信{#is 'VISIT'}上门{#is 'WECHAT'}微信{#is 'EMAIL'}邮件{#is 'LETTER'}书面{#else}其他{/when}")
    String channel(String c);
    @Message("摘要（记入每张工单）") String summary();
    @Message("告知内容（客户看到的话）") String notice_text();
    @Message("预计恢复时间") String expected_restore();
    @Message("发送告知") String send_notice();
    @Message("共同调查结论（记入每张调查中的工单）") String resolution_title();
    @Message("调查结论") String findings_text();
    @Message("主责部门") String primary_department();
    @Message("记录结论") String record_resolution();
    @Message("本事件已解决，不再接收新工单") String resolved_note();
    @Message("{#when s}{#is OPEN}⚑ 待确认{#is ACKNOWLEDGED}✔ 已确认{#else}● 已解决{/when}")
    String hotspot_status(Hotspot.Status s);

    @Message("{#when s}{#is URGENT}紧急{#is IMPORTANT}重要{#else}一般{/when}")
    String severity(Severity s);

    @Message("{#when s}{#is ACCEPTED}受理{#is INVESTIGATING}调查{#is NEGOTIATING}协商{#is COMPENSATING}补偿"
            + "{#is PENDING_APPROVAL}待审批{#is FOLLOWING_UP}跟进{#is AWAITING_CUSTOMER}等待客户{#else}已办结{/when}")
    String status(TicketStatus s);

    @Message("{#when r}{#is 'agent'}坐席{#is 'supervisor'}值班长{#is 'manager'}部门经理{#is 'steward'}管家"
            + "{#is 'admin'}管理员{#is 'system'}系统{#else}{r}{/when}")
    String role(String r);

    @Message("{#when s}{#is URGENT}!!!{#is IMPORTANT}!!{#else}!{/when}")
    String severity_mark(Severity s);
}
