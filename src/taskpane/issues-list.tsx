/** The issues of a run, each with the cell it points at and, in Excel, a button that selects it. */
import {
  Badge,
  Button,
  Caption1,
  Subtitle2,
  Text,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import type { JSX } from "react";

import type { Issue } from "../engine/issues";
import { issueAddress } from "./run";
import { fill, type PaneStrings } from "./strings";

/** Issues listed in the pane; the report sheets list them all. */
const LISTED_ISSUES = 200;

const useStyles = makeStyles({
  list: { listStyleType: "none", margin: 0, padding: 0 },
  item: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXXS,
    padding: `${tokens.spacingVerticalS} 0`,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  place: {
    display: "flex",
    gap: tokens.spacingHorizontalS,
    alignItems: "center",
    flexWrap: "wrap",
  },
});

export interface IssuesListProps {
  strings: PaneStrings;
  issues: readonly Issue[];
  /** True when the messages are in another language than the pane, until the next run. */
  otherLanguage: boolean;
  /** Selects the cell in the workbook; absent where no workbook is open (the preview). */
  onSelect?: (issue: Issue, address: string) => void;
}

function IssueItem({ strings, issue, onSelect }: IssuesListProps & { issue: Issue }): JSX.Element {
  const styles = useStyles();
  const address = issueAddress(issue);
  const wholeRow = address?.includes(":") === true;
  const place = [
    `${strings.sheet}: ${issue.sheet}`,
    issue.row > 0 ? `${strings.row}: ${issue.row}` : "",
    issue.column ? `${strings.column}: ${issue.column}` : "",
  ].filter(Boolean);

  return (
    <li className={styles.item}>
      <div className={styles.place}>
        <Badge
          appearance="filled"
          color={issue.severity === "error" ? "danger" : "warning"}
          aria-label={`${strings.severity}: ${strings[issue.severity]}`}
        >
          {strings[issue.severity]}
        </Badge>
        <Text size={200}>{place.join(" · ")}</Text>
      </div>
      <Text>{issue.message}</Text>
      {address && onSelect ? (
        <div>
          <Button
            size="small"
            appearance="secondary"
            aria-label={fill(strings.goToLabel, { address, sheet: issue.sheet })}
            onClick={() => onSelect(issue, address)}
          >
            {wholeRow ? fill(strings.goToRow, { row: issue.row }) : fill(strings.goTo, { address })}
          </Button>
        </div>
      ) : null}
      {address && !wholeRow && !onSelect ? (
        <Text size={200}>{fill(strings.cell, { address })}</Text>
      ) : null}
    </li>
  );
}

export function IssuesList(props: IssuesListProps): JSX.Element {
  const styles = useStyles();
  const { strings, issues } = props;
  const listed = issues.slice(0, LISTED_ISSUES);

  return (
    <section aria-labelledby="pane-issues-heading">
      <Subtitle2 as="h2" id="pane-issues-heading">
        {fill(strings.issues, { count: issues.length })}
      </Subtitle2>
      {issues.length === 0 ? <Text as="p">{strings.noIssues}</Text> : null}
      {issues.length > 0 && props.otherLanguage ? (
        <Caption1 as="p">{strings.rerunForLanguage}</Caption1>
      ) : null}
      <ul className={styles.list}>
        {listed.map((issue, index) => (
          <IssueItem key={index} {...props} issue={issue} />
        ))}
      </ul>
      {issues.length > listed.length ? (
        <Text as="p">{fill(strings.moreIssues, { count: issues.length - listed.length })}</Text>
      ) : null}
    </section>
  );
}
