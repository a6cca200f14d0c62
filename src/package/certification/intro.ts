/**
 * intro.md for Partner Center: the connector's documentation page, generated from the model. Its layout is
 * Microsoft's (facts §3.3, Learn certification submission): one descriptive paragraph of at most eight
 * sentences, then Prerequisites, How to get credentials, Get started with your connector, Known issues and
 * limitations, Common errors and remedies, FAQ. No list of actions or triggers: Microsoft generates it
 * from the swagger. The build steps of the package are not here (this page is published); they are in
 * docs/certification.md and the project README.
 */
import type { ConnectorModel } from '../../model/types.ts';
import { pagedOperations } from '../../swagger/paging.ts';
import type { SwaggerDocument } from '../../swagger/types.ts';
import { connectionSteps, knownIssues, pagingRecipe } from '../readme/index.ts';
import { renderSections, type Section } from '../readme/markdown.ts';

/** The headings of intro.md, in order (level 2). */
export const INTRO_HEADINGS = [
    'Prerequisites',
    'How to get credentials',
    'Get started with your connector',
    'Known issues and limitations',
    'Common errors and remedies',
    'FAQ',
] as const;

/** The intro paragraph: the description and the model's intro sentence. */
export const introParagraph = (model: ConnectorModel): string => `${model.description} ${model.docs.intro}`;

export function renderIntro(model: ConnectorModel, swagger: SwaggerDocument): string {
    const first = pagedOperations(swagger)[0];
    const [prerequisites, credentials, started, issues, errors, faq] = INTRO_HEADINGS;
    const sections: Section[] = [
        { heading: model.title, level: 1, body: [introParagraph(model)] },
        { heading: prerequisites, level: 2, body: model.docs.prerequisites.map((p) => `- ${p}`) },
        { heading: credentials, level: 2, body: model.docs.credentials },
        { heading: started, level: 2, body: [...connectionSteps(model), ...(first ? ['', ...pagingRecipe(first)] : [])] },
        { heading: issues, level: 2, body: knownIssues(model, swagger) },
        { heading: errors, level: 2, body: model.docs.commonErrors.map((e) => `- **${e.error}**: ${e.remedy}`) },
        { heading: faq, level: 2, body: [] },
        ...model.docs.faq.map((q) => ({ heading: q.question, level: 3 as const, body: [q.answer] })),
    ];
    return renderSections(sections);
}
